#include "mrn_real_stories.h"

namespace sb::sim {
namespace {

struct RealItem
{
    const char *guid;
    const char *mrnSrc;
    qint64 totSize;
    const char *fragments[2];
};

// Public MRN_STORY items published by LSEG in its samples (copied from tests/data/mrn, which cites the sources).
// Fragments are base64, as on the wire; a null pointer ends an item's list.
const RealItem kItems[] = {
    // V1: LSEG-API-Samples/Example.WebSocketAPI.Python.MRN README.md (2019)
    {"Idw5d8Hwd_1907252I27R98ULgoP+y/Hs3Tovf2Kd9cZQsvBkxfzk4", "HK1_PRD_A", 882,
        {"H4sIAAAAAAAC/71UW2/bNhR+36840MNe5sq2HCcx0W5QbTfW4miO5bRp2mCgRcpmLZEaSVnJhv33HUpyUKAvfSgGCfwOb+c7PLd/"
         "PJrbiHnEkxGrx+xyUTOv59GKCS5TbjzyyYtXZBqvQ1xGKZrdx95jz9sq9oy3lrRUmkpYUC0QqKUGYpFTAeHBiiOFt1wbsQeGm9eq"
         "KJURRsBKaasylQsF8Fl+liFjwgolaY4aLE33BZfWQIqXthwyVUmGQq5q4k7vrS1Jv1+yzNe8skjgp6pwc8lrc0KfmvI38eZsNBhP"
         "0tE2G/DRxfhs+HP1ptKSuBNFTr66T4LBcDK4CMbEeeLc3mbLD47t/2KcTB4Wye7E6L6ZqrY5hzQX6QGUBLvncLdeAt2qIwer4Ch4"
         "3axSbUWac3+Vc2o4SGVxf08tCIlkklugKQbTgDCg+V+V0Jz5EGXwrCrgTyXXTbSh1AoZi+60kLtG+0lJD8pWf6qkqXLrbmvAjVrp"
         "A1BWCCmM1dQqDfhbnu6lSDGmpioxS6x705JabiwcXVbgk1QGIVMY4zBFajRYc8q4bu1EF2EeMM5e3rqavYNM5Nz4ABu0LP9Gm7O3"
         "09Flj9paKiQqybQqoItkXdc+dcRtHLViVWpNn7ZW9J0GY3kZ+Htb5M7ud/igNXd8DGKMZA+66ExP0VGSdwY0HmLckE+uWB7BAY5h"
         "EoXNBAdXTwjJxm3MbzcfEZbNzv0qufJ/v36Er1j5kUoLKy0wRJHMlC6oq5bvsIG87vT9Cli+mdDGTvFx+AqsXZd+rwYXr4LxZjgg"
         "owkZXfrn5+cPeHKPDsjRaz+kwlGfcHwvDebPNu2DKLhYTy7vlju1+uW5vzCjjTpmwTWbpA+35vj28JT9fThzt6Wx1HWjPzLsR9h8"
         "cip3Fd0584RrVwVmK043zyUuBTgXRTfxLH+y/RLNlXgOA30UmBu4Hieulbm1aptYaitsdR7SWFIZik7FHVNtv3BMC9cDQzLElatu"
         "DMYtzK8bnEYNtJMExxsyvJ01OApaWDQQvm8gvmvAOXpNugC57hqQMJmH8UmMwpN0vwqnrTy9WcUfW3F+s77qJEygVopmLS5Pws0G"
         "a6YV4/mHdSut591FZHthwVx0fd3SA0+wRbh+4JFhz6v0DmXs9aOe1xXad6TQvz/9B7krulxaBgAA",
            nullptr}},
    // V2: the same repository, notebook/cloud_mrn_notebook_app.ipynb @75dd07e (real RTO traffic, 2020)
    {"RSP0923Za_2009162pukycpbewb7D2PMfZc13Vvp/1Wt1V3Ud2h3M9", "HK1_PRD_A", 2614,
        {"H4sIAAAAAAAC/91a627juBX+36cgDExho45s2blMBCxa5zbj3dhxbc/M7jRFQUt0zI0seknKjlH0XfosfbJ+h5QvuW2SwTQzqIBE"
         "lEQeHp7z8dzof5Z4attJKSpl/UGvfthofualaonniRRZLEwp+lup24vOB6fdE7wvmqW/V0sjlSwx7ExpNhLGMi1MnlrDFhORsZmW"
         "mZXZFbMTaRjPMpWD2lRktspmqeBGsDiV8TVTGUtldg0SqVpEl9nE2llUq82ScaBFboU2QaymtYmdpplYmHUj4Gb2Z/nDbrO+dxg3"
         "R+O6aB7s7YZ/zH/IdRZRj2kabVGIGvVGvX4Y7kebdV5ml1m/O2DdfDoSmkXMvWbsRMzZcSrmePdepQmWYVjv/JixcJ8NxMwK150I"
         "EoVhfyeM2MDyLOE6YWOlp/SPZcrKsYy5lVijGrMp/xVvJwVBGvmff9N/1r0Yts/ax61h+6LLLs5Yp/XjRZ+9vzg/aXffDVjZKkiH"
         "GciOoWknAqIGdxzP0pgcrGDq4hPInR23mMxYR8ZaGTW27JMq2OIYMGYzZYwcpaJSlhU3f8gD1k5AXtolMUozFITBMD3lWSJ0uiR9"
         "rj6MmbiRxqnYTDh0Twz8D66T04/3dDFLY7C9mMh4wubK8aDl1QTYAyOMW8vjiUjKUlYiWt4oYD0POZklpBBBYthaJSEU6sp2Pvy0"
         "esXKBUqnXF+zhbQTCBnELks/X5ZoOJ/NtALKQa1COtwejedGwPoYD82PCxnegsMt6vR1ixwbqRsSPG6QKk0NeryYmuZq4TH+LZdG"
         "emhplkgDrfKU1HJbIP8X189PLnosM57FEg8yM1bnZGiMHwXoYKPEE55deXsEAWvBrxO1yO7JC0Mu0EOvFWRmIpbjJfZKgaZmAPNg"
         "uUwNDZ7BuoAbk49+FfF6e97e+aNUXrlmWc4dVPhUfLeiHvCpZB+52+9yBm6PySiQfYlhwa12BkKLK2x9oUWCJyxUsLLfEbDonCzL"
         "a3E7VFplVlXZMc94AnvOdgN2lqcpy0jIYNXZJrK5QpdNxfGZyPEYvAMUY62mUGilvNbLly4Y4/YADNq9amWZCAl2AstI07MFN4wM"
         "siEaGhS9jZoDVa8gqDC857jY/l2GC9Pn0Qs2yycntU6n9guuV2HyFsN79xk+CKBwiz2Obe+swNYWJOU+bxeC0Fe83tw3uSv/Q3wU"
         "rhEu3HpD9TZgrcqDwwAVlV9NHjZlK7gXVEYK/gg+/g0rvw1a7E8ge1RZfc98NHNvArzwGgbovOffZuuIhZ4OaxCa+y6Yc95d2ryQ"
         "YebkmtxB+e8jnGGD1RtvXgs3T022exBWG+Fh9eBwF6vsqZU7AY60mEuVmzuOGvv8WddeUA9fbZVuMhe73bJB64gSKOuudnGy8VY+"
         "dHy2YskaPsOAOTCxVsQ+PrENyLim3JiaXc6ccX7y6j4M5bK8+fou5s0DwcBltuIcvLcH7S6cQuKN/zqKfrk9OZGazNSzrzai1peN"
         "+PK51pNdfoGhLLe0ZYckRz+tnAvY7vpuLawf1k6P4X5Phv29IKxs9w/rTw5obIZ88VwvmuzlSw93q429erVer7+SjXP6GXw4Gl4M"
         "W+fOrXyvTMKzROxs7dXaW16NxzFyUxeWKwb9BCxslsNKmVceVRMIej01gzAIGbqStoaFRXnIeT7A3OnNTGpv++68FzqWRtS+YMGP"
         "2CpYUKTdU76kHN5lMBRFrvLPDZPS/L4hIuNcvsFaj1WGZNgQ7z2hpUrKN0Ue/x1cohBgUosdm1YkwdfkbRvwwFWBr8Zj+HJ5u5FT"
         "mXLNBFhSUxkzgfgfNvEe+KhW4OA3ehx+t8E3egb4HsPaA6B8Lvh6k6WB00/JD8fcTL4eWF8MPvbt0GeEtakrKYKHb8XEFiCPgsZW"
         "CHYYAIm+6EbSQrCuRerbRX7ydO3gcjtvuVczuhP/ubJRUaja1Ip6LylQkBHCJwQ5SHxVmsJQjSgXXiKdtrkG4L6vmlAhQeyCVFyB"
         "u6KEScl7osSttbhVKFfaccVMy68Bccoai4IsyPnAJ10SQZmtnzhpj5J/Y0mNJL/ypiBaWSVVN0Ug7MoP8YRLl1VsiXJr3k22tykV"
         "3Ekis6SmtAvAnaIfzgqp3OmtGcwUWJ0IBOrGcu1IOTC48i0CfuCQ4vkVP/R9pdSHxYgFzVllBTqeJPTnsiV00WqB2Smiz0QsjOF6"
         "uSqhlG/mlWdmyvCC0jLxW84pP3F12Am+CCqY8mwLqQ7fm1Tk5enz4zPdTaq/jKVXND1P8XG7gvey7PhbXZtgMayT3SSvJnxSrm6W"
         "habXB0fSnVWMl9GqmFqktr6zL/aRWyYZeT9HFuEBzNB2KTq63DcH2fTRLbmQ2NgI4vwo4jVE1L3ZE3Jj7rEH5HY+3kt5LLw5mGIR"
         "Phi4X7z05bjbvVi4V0PksTps8gSHdKgmt92LodXPIRlnsvvdQdVjRGCfGqHnMl6L6VxlCYYMrIqvEXS4yrgIaIw7CKGDiLknQ703"
         "gRV8f5LDh7RyO1GaDC28CadAio5PehomRi9vOb2eZ0mvzOaHTCIgZD9BqImaBmwo9NQUtdYsKUp63k36qMwZL7I+ZNEltrMc5at6"
         "jb0rA4qxyR0uA0ZnkuNcO3O/1WVz9AjBc8pxdWb+khpxRSeErDzlMrUq2n5JVg3E5nTucJktFosAX33v4qRy610NvYPVoSKxQ7wv"
         "Va5Zu0fWE5vUHZNh+rHUU69nCfGKja22D8ik6iQNjC1Bb6IWRBNW+opfbQ3cFoVbn8wo0ci8oDDVNM8Kl19dHRi66gaCg3hSkEdP"
         "5Q6beKay5ZQieTbi9NrN4xwoGX42g48hLdDiiDaFrsBIATXzqAoYH6ncukWQkBwfj2HSiW8TKYE8dil3iy/Ajh5rnRohiJvLDEic"
         "83jJegqR0dLryRSKWqm1NvOddsDATqzUtRQ7M9efVEjBePeE0RHseavTH3aGnaOjXoc0W6qWoDpjj7XAZqVjc9qZO/XDnXB/WD+M"
         "wnpUbwTIsD+j50TwBJ5WoFf/9B3befBgGa+LNkUj0NcxUIFoBeMl0V+fVv/Dn183Zvn1Mp6NxGJ0cNLodcaf47D5cT6rhZ9s+LH5"
         "IWlMmp1DGg3/R9gyF2M6xO/3wVx9n87w29Hph37ttNV35/gpZJ0DSphL0Pqm5M+vBGU1paiBZzktHkpW3Njazc4sBbh2xvIGAqiW"
         "Cl1ofO8O6NcB9C4fDSzCC4OX4MJGuSFHhS9FJOp+V3AUhfsh3uF+0Cjuu8X9cN81GgdvcX8XNd3/gx/drYX/nSjsNfz9ryfu3vSP"
         "zffuRvLvRXv1/f39MGw063jsRyenH0+C8+LLbrMZvm2ETde9sT8kyTSi4enx+/pb3x58ahdvBxdnnzatcNPVtz6dfvCNd0f+Dvle"
         "9IpenYJG9/RT37cABt847vS6v/jmuf9RBeJDMUD4Qb+9KEVhtZTrK7SXpahZLRWp1zM=",
            "sPevP/wXBFub0dghAAA="}},
    // SEED: the article "Migrating the WebSocket Machine Readable News Application to Version 2 Authentication" (2024)
    {"S8N3HX01N_2407022bOgRfybUpKc1wYY2UVcSqDJRFWWXhl+oF4+Fm", "HK1_PRD_A", 888,
        {"H4sIAAAAAAAC/3VUbW/bNhD+vl9B6Msa1PFkxUUK5ctc+aWOLVmV5DjZPAyUxNhcJNIlKbvCsP++E0klaIcZBp9Hd8e74x2Pfzu4"
         "UsvS8R2WfoxuPj+6o8gZOLgpKWEFkY7/uxPF/gJkAGmUGhIYmBqYGQgNbAxkBrZWuFwbEk16xWppyCKxO8LM2qSbeR/P2sSpjZhE"
         "sQ3dk3hhwyeT1Lp+mn5y/hg4OS9bOBgyv3CTBpvdAN03VYs89C4hjSJCXqFrlB0JWglSV5QhiWmJOENZQ2SJ2z1TR6wQZqg5Fbym"
         "7IDOVFKF8hYtWUlBEQtaExRSRiU4RBEWhJUCo5CXFCm+Z0kjJcXogiXaO2ciWkTrExcKM7V3hnvWZfca/sRfiKzB7bSmCkxjIl/4"
         "2aSlPWJWIuOR7VksiKQlYQo9VLikNRUobhT4ufCmKlFJZQGmSJAD5QxXevOh4jmu9kySohFUtQOU0wpD6qBXlEhtpAQuyRCZ5P5T"
         "H8AQi+KIdHF0WkdcdlXiJ8JAfaYKKwgJ5eO2YCZnfdw9yLsGdEXoKgq1tN24QztIycomDEuFu9JlBJTkXJEzvtszUr6aLJoWzXFT"
         "FZzlgpYHctV5fldzWfDLkJGLFJzXv6ojryVnwgQZQiPvrq7grjxTIVUgCJy+GwHP9cbX7u2162Uj14e/6w1d1/0NLI8El3B8AlZv"
         "lWjlD5fhZ9l33R4XUTD5ruPgi3axXqftT2/s3rqel28OyXObb0+rYnR5evK2D0X6dXqfzHe7x2P1ns/H7+d1t5tBUbrR3DzDcMI1"
         "rzA7NPjQpUYYGNRESvjM2hOIPPiG62k+HEW+qV9OFaad3UnwM9wdAfIo9ZMs6Wb71OQptK6BwXcgjvIbifOKgEY2+V+kUPpFmPhj"
         "kCz8kV5vzPpRw4dPGiZmvddgRMFnDVNjPtPrSq9d4NAfrQ18mWr0gtBiZDG2+MViYjG1mFncWnyw+GjxyeB0pDHQ6+zWgIm9Xmkw"
         "ATv3kedP0uWkZ4/xJDA8mM22li3TXrYJLUl63S42ZLq0ZBbOJj1LFpZtk41VL2aRIUuL614QveURzXbpyNLeR7xZG9KHTt/s01mw"
         "tYfJkqkhO53+1h9/0BB076XCLyQlX5vu4Xf80cBpxAE4vKE3g+7dkjDQ/zssN/7NrRmWf376F41OE+xVBgAA",
            nullptr}},
};

} // namespace

QList<MrnRealStory> MrnRealStories::all()
{
    QList<MrnRealStory> out;
    for (const RealItem &item : kItems) {
        MrnRealStory story;
        story.guid = QString::fromLatin1(item.guid);
        story.mrnSrc = QString::fromLatin1(item.mrnSrc);
        story.totSize = item.totSize;
        for (const char *fragment : item.fragments) {
            if (fragment)
                story.fragments.append(QByteArray(fragment));
        }
        out.append(story);
    }
    return out;
}

QByteArray MrnRealStory::compressed() const
{
    QByteArray out;
    for (const QByteArray &fragment : fragments)
        out += QByteArray::fromBase64(fragment);
    return out;
}

} // namespace sb::sim
