#pragma once

// Three `nats-server -js` nodes on loopback routed into one JetStream cluster, each with its own port and store, for
// the relay's failover tests. Readiness is polled by the caller (QTRY_VERIFY(cluster.accepting())).
#include "nats_server.h"

#include <array>

namespace sb::test {

class NatsCluster
{
public:
    static constexpr int Size = 3;

    NatsCluster()
    {
        std::array<quint16, Size> clusterPorts {};
        for (quint16 &port : clusterPorts)
            port = NatsServer::freePort();
        for (int i = 0; i < Size; ++i) {
            QList<quint16> peers;
            for (int j = 0; j < Size; ++j)
                if (j != i)
                    peers << clusterPorts[size_t(j)];
            m_nodes[size_t(i)].joinCluster(QStringLiteral("n%1").arg(i + 1), clusterPorts[size_t(i)], peers);
        }
    }

    void start()
    {
        for (NatsServer &node : m_nodes)
            node.start();
    }
    bool accepting() const
    {
        for (const NatsServer &node : m_nodes)
            if (!node.accepting())
                return false;
        return true;
    }
    NatsServer &node(int i) { return m_nodes[size_t(i)]; }
    // The node whose server name is `name`, or null.
    NatsServer *nodeNamed(const QString &name)
    {
        for (NatsServer &node : m_nodes)
            if (node.name() == name)
                return &node;
        return nullptr;
    }
    // Every running node's client URL, comma-separated, as cnats takes a server list.
    QString urls() const
    {
        QStringList out;
        for (const NatsServer &node : m_nodes)
            if (node.running())
                out << node.url();
        return out.join(QLatin1Char(','));
    }

private:
    std::array<NatsServer, Size> m_nodes;
};

} // namespace sb::test
