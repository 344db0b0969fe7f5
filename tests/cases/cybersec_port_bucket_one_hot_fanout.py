# case: estimate port-scan fan-out by one-hot encoding ports into a fixed number of buckets and counting occupied buckets -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PortBucketizer(nn.Cell):
    def __init__(self, num_buckets=32):
        super().__init__()
        self.num_buckets = num_buckets

    def construct(self, dst_ports):
        bucket = ops.floor_mod(dst_ports, self.num_buckets)
        return ops.one_hot(bucket, self.num_buckets, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))


class PortScanDetector(nn.Cell):
    def __init__(self, num_buckets=32, fanout_threshold=6):
        super().__init__()
        self.bucketizer = PortBucketizer(num_buckets)
        self.fanout_threshold = fanout_threshold

    def construct(self, dst_ports, pkt_counts):
        onehot = self.bucketizer(dst_ports)
        occupied = (onehot.sum(0) > 0).astype(ms.float32)
        fanout = occupied.sum()
        low_volume = (pkt_counts < 3).astype(ms.float32).mean()
        is_scan = ops.logical_and(fanout > self.fanout_threshold, low_volume > 0.5)
        return is_scan, fanout


def make():
    np.random.seed(4)
    ports = Tensor(np.random.choice([22, 80, 443, 3389, 8080, 21, 25, 53], size=(24,)).astype(np.int32))
    pkts = Tensor(np.random.randint(1, 6, size=(24,)).astype(np.int32))
    return PortScanDetector(), (ports, pkts)
