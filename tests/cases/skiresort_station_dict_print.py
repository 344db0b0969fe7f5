# case: collect per-station weather summaries in a dict with constant string keys and print the mean temperature inside construct -> constant-key dict and print, expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StationSummary(nn.Cell):
    def __init__(self, verbose=True):
        super().__init__()
        self.verbose = verbose

    def construct(self, temp, snow, wind):
        stats = {"temp": temp.mean(axis=1), "snow": snow.max(axis=1), "wind": wind.mean(axis=1)}
        if self.verbose:
            print("mean station temperature:", stats["temp"].mean())
        risk = stats["snow"] * 0.01 + stats["wind"] * 0.05 - stats["temp"] * 0.02
        return risk, stats["snow"]


def make():
    np.random.seed(241)
    temp = Tensor(np.random.uniform(-15, 2, (5, 24)).astype(np.float32))
    snow = Tensor(np.random.uniform(50, 200, (5, 24)).astype(np.float32))
    wind = Tensor(np.random.uniform(0, 25, (5, 24)).astype(np.float32))
    return StationSummary(), (temp, snow, wind)
