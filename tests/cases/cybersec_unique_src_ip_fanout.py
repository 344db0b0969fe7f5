# case: count distinct destination ports contacted per window using ops.unique to estimate port-scan fan-out -> unique has data-dependent output size, dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PortScanDetector(nn.Cell):
    def __init__(self, fanout_threshold=6):
        super().__init__()
        self.fanout_threshold = fanout_threshold

    def distinct_ports(self, dst_ports):
        uniq, _ = ops.unique(dst_ports)
        return uniq

    def construct(self, dst_ports, pkt_counts):
        uniq = self.distinct_ports(dst_ports)
        fanout = ops.ones_like(uniq).sum()
        low_volume = (pkt_counts < 3).astype(ms.float32).mean()
        is_scan = ops.logical_and(fanout > self.fanout_threshold, low_volume > 0.5)
        return is_scan, fanout


def make():
    np.random.seed(4)
    ports = Tensor(np.random.choice([22, 80, 443, 3389, 8080, 21, 25, 53], size=(24,)).astype(np.int32))
    pkts = Tensor(np.random.randint(1, 6, size=(24,)).astype(np.int32))
    return PortScanDetector(), (ports, pkts)
