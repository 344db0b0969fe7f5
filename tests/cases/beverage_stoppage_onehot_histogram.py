# case: build a fixed-size downtime histogram over the known stoppage code table via one-hot encoding -> fixed number of codes keeps every shape static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

STOP_CODES = {"jam_infeed": 0, "label_out": 1, "cap_feed": 2, "filler_valve": 3, "conveyor": 4, "other": 5}


class DowntimeHistogram(nn.Cell):
    def __init__(self, codebook=None):
        super().__init__()
        codebook = codebook or STOP_CODES
        self.n_codes = len(codebook)
        self.on = Tensor(1.0, ms.float32)
        self.off = Tensor(0.0, ms.float32)

    def construct(self, codes, durations_s):
        one_hot = ops.one_hot(codes, self.n_codes, self.on, self.off)
        downtime = (one_hot * durations_s.expand_dims(-1)).sum(axis=0)
        counts = one_hot.sum(axis=0)
        share = downtime / ops.maximum(downtime.sum(), 1e-6)
        return downtime, counts, share


def make():
    np.random.seed(42)
    codes = np.random.randint(0, len(STOP_CODES), size=40).astype(np.int32)
    durations = np.random.exponential(90.0, size=40).astype(np.float32)
    return DowntimeHistogram(), (Tensor(codes), Tensor(durations))
