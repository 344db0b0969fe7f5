# case: an @ms.jit function gathers per-station ink statistics in a dict with constant string keys and returns its values as a tuple -> constant-key dict, expected to compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

STATIONS = ("cyan", "magenta", "yellow", "key")


def station_coverage(plate):
    return plate.mean(), plate.max()


@ms.jit
def station_stats(plates, grams_per_unit):
    stats = {}
    for i, name in enumerate(STATIONS):
        mean_cov, peak = station_coverage(plates[i])
        stats[name] = mean_cov * grams_per_unit + peak * 0.0
    total = stats["cyan"] + stats["magenta"] + stats["yellow"] + stats["key"]
    return total, stats["key"]


def make():
    np.random.seed(192)
    plates = np.random.rand(4, 10, 10).astype(np.float32)
    return station_stats, (Tensor(plates), Tensor(np.float32(1.5)))
