# case: berth scheduler counts distinct vessels queued per terminal via ops.unique on vessel ids -> unique yields dynamic shape in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BerthQueueScore(nn.Cell):
    def __init__(self, berths=4):
        super().__init__()
        self.berths = berths
        self.unique = ops.Unique()

    def distinct_vessels(self, vessel_ids):
        uniq, _ = self.unique(vessel_ids)
        return uniq

    def construct(self, vessel_ids, wait_minutes):
        uniq = self.distinct_vessels(vessel_ids)
        load = ops.cast(ops.size(uniq), ms.float32) / self.berths
        return wait_minutes.mean() * load


def make():
    np.random.seed(3)
    ids = Tensor(np.random.randint(100, 108, size=(20,)).astype(np.int32))
    wait = Tensor(np.random.uniform(5, 60, size=(20,)).astype(np.float32))
    return BerthQueueScore(), (ids, wait)
