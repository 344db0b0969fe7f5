# case: build a plain Python run-log record object inside construct to accumulate impressions and spoilage for a press run -> plain class instantiated and mutated in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RunRecord:
    def __init__(self, press_id):
        self.press_id = press_id
        self.impressions = 0
        self.spoiled = 0

    def log(self, good, bad):
        self.impressions = self.impressions + good + bad
        self.spoiled = self.spoiled + bad


class PressRunSummary(nn.Cell):
    def __init__(self, press_id=3):
        super().__init__()
        self.press_id = press_id

    def construct(self, good_counts, bad_counts):
        record = RunRecord(self.press_id)
        for i in range(good_counts.shape[0]):
            record.log(good_counts[i], bad_counts[i])
        return record.impressions, record.spoiled / record.impressions


def make():
    np.random.seed(101)
    good = np.random.randint(200, 400, size=(6,)).astype(np.float32)
    bad = np.random.randint(0, 15, size=(6,)).astype(np.float32)
    return PressRunSummary(), (Tensor(good), Tensor(bad))
