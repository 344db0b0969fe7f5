# case: sum byte counts of flows to blocked ports by multiplying a fixed-size blocked-port mask into the flow stats -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BlockedPortAudit(nn.Cell):
    def __init__(self, blocked_ports=(23, 445, 3389)):
        super().__init__()
        self.blocked = Tensor(np.array(blocked_ports, dtype=np.int32))
        self.num_blocked = len(blocked_ports)

    def construct(self, flow_stats, ports):
        hits = ops.zeros(ports.shape, ms.float32)
        for i in range(self.num_blocked):
            hits = hits + ops.equal(ports, self.blocked[i]).astype(ms.float32)
        mask = ops.clamp(hits, 0.0, 1.0).expand_dims(-1)
        blocked_sum = (flow_stats * mask).sum(0)
        return blocked_sum, mask.sum()


def make():
    np.random.seed(5)
    stats = Tensor(np.random.rand(15, 4).astype(np.float32) * 1000)
    ports = Tensor(np.random.choice([23, 80, 443, 445, 3389, 8080], size=(15,)).astype(np.int32))
    return BlockedPortAudit(), (stats, ports)
