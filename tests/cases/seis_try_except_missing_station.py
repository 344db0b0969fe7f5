# case: gather per-station corrections with a try/except fallback when a station code is missing from the correction dict -> try/except in construct, error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StationCorrection(nn.Cell):
    def __init__(self, stations, corrections):
        super().__init__()
        self.stations = stations
        self.corrections = corrections

    def construct(self, magnitudes):
        out = []
        for i, code in enumerate(self.stations):
            try:
                corr = self.corrections[code]
            except KeyError:
                corr = 0.0
            out.append(magnitudes[i] + corr)
        return ops.stack(out)


def make():
    np.random.seed(12)
    stations = ("ANMO", "COR", "HRV", "PAB")
    corrections = {"ANMO": 0.12, "COR": -0.05, "PAB": 0.2}
    mags = (3.0 + 0.3 * np.random.randn(4)).astype(np.float32)
    return StationCorrection(stations, corrections), (Tensor(mags),)
