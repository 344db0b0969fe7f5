# case: count alerts per source host by looping over alert host ids and incrementing a dict keyed by int(host) -> Python dict keyed by tensor values in construct, graph error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AlertAggregator(nn.Cell):
    def __init__(self, num_alerts=9, repeat_threshold=2):
        super().__init__()
        self.num_alerts = num_alerts
        self.repeat_threshold = repeat_threshold

    def construct(self, alert_hosts, alert_scores):
        counts = {}
        for i in range(self.num_alerts):
            host = int(alert_hosts[i])
            counts[host] = counts.get(host, 0) + 1
        repeat_offenders = [h for h, c in counts.items() if c >= self.repeat_threshold]
        mask = ops.zeros_like(alert_scores)
        for h in repeat_offenders:
            mask = mask + (alert_hosts == h).astype(ms.float32)
        return alert_scores * mask


def make():
    np.random.seed(11)
    hosts = Tensor(np.array([3, 7, 3, 1, 7, 7, 2, 5, 3], dtype=np.int32))
    scores = Tensor(np.random.rand(9).astype(np.float32))
    return AlertAggregator(), (hosts, scores)
