# case: select flows going to blocked ports by boolean-mask indexing flows[mask] and sum their byte counts per feature -> boolean index gives dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

BLOCKED_PORTS = (23, 445, 3389)


class BlockedPortAudit(nn.Cell):
    def __init__(self):
        super().__init__()
        self.blocked = Tensor(np.array(BLOCKED_PORTS, dtype=np.int32))

    def port_mask(self, ports):
        hits = ops.equal(ports.expand_dims(-1), self.blocked.expand_dims(0))
        return hits.any(-1)

    def construct(self, flow_stats, ports):
        mask = self.port_mask(ports)
        blocked_flows = flow_stats[mask]
        return blocked_flows.sum(0), blocked_flows.shape[0]


def make():
    np.random.seed(5)
    stats = Tensor(np.random.rand(15, 4).astype(np.float32) * 1000)
    ports = Tensor(np.random.choice([23, 80, 443, 445, 3389, 8080], size=(15,)).astype(np.int32))
    return BlockedPortAudit(), (stats, ports)
