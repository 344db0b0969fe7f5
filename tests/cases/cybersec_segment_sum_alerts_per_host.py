# case: count alerts per source host with unsorted_segment_sum over a fixed number of host slots and flag repeat offenders -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AlertAggregator(nn.Cell):
    def __init__(self, num_hosts=8, repeat_threshold=2):
        super().__init__()
        self.num_hosts = num_hosts
        self.repeat_threshold = repeat_threshold

    def construct(self, alert_hosts, alert_scores):
        ones = ops.ones_like(alert_scores)
        counts = ops.unsorted_segment_sum(ones, alert_hosts, self.num_hosts)
        repeat = (counts >= self.repeat_threshold).astype(ms.float32)
        per_alert_repeat = ops.gather(repeat, alert_hosts, 0)
        host_risk = ops.unsorted_segment_sum(alert_scores * per_alert_repeat, alert_hosts, self.num_hosts)
        return alert_scores * per_alert_repeat, host_risk


def make():
    np.random.seed(11)
    hosts = Tensor(np.array([3, 7, 3, 1, 7, 7, 2, 5, 3], dtype=np.int32))
    scores = Tensor(np.random.rand(9).astype(np.float32))
    return AlertAggregator(), (hosts, scores)
