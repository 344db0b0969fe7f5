# case: pick the stations whose snow depth crossed the alarm line, keep as many top readings as there are alarms -> top-k with k taken from tensor data, expected to fail in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SnowAlarmRanker(nn.Cell):
    def __init__(self, alarm_cm=120.0):
        super().__init__()
        self.alarm_cm = alarm_cm
        self.smooth = nn.Dense(6, 1)

    def station_depth(self, hourly):
        # hourly: (stations, hours) snow depth in cm
        return hourly.mean(axis=1)

    def construct(self, hourly, features):
        depth = self.station_depth(hourly)
        n_alarm = ops.reduce_sum((depth > self.alarm_cm).astype(ms.int32))
        k = int(n_alarm)
        top_depth, top_idx = ops.topk(depth, k)
        score = self.smooth(features).squeeze(-1)
        return top_depth, ops.gather(score, top_idx, 0)


def make():
    np.random.seed(11)
    hourly = Tensor(np.random.uniform(60, 180, (12, 24)).astype(np.float32))
    feats = Tensor(np.random.randn(12, 6).astype(np.float32))
    return SnowAlarmRanker(), (hourly, feats)
