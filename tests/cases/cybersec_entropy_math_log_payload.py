# case: compute the Shannon entropy of a payload byte histogram with math.log on each tensor element in a Python loop to spot encrypted exfiltration -> math on tensors in construct
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PayloadEntropy(nn.Cell):
    def __init__(self, num_bins=16):
        super().__init__()
        self.num_bins = num_bins

    def construct(self, hist):
        probs = hist / hist.sum()
        entropy = 0.0
        for i in range(self.num_bins):
            p = probs[i]
            if p > 0:
                entropy -= p * math.log(p)
        return entropy


class ExfilDetector(nn.Cell):
    def __init__(self, limit=2.5):
        super().__init__()
        self.entropy = PayloadEntropy()
        self.limit = limit

    def construct(self, hist):
        h = self.entropy(hist)
        return h > self.limit, h


def make():
    np.random.seed(20)
    hist = Tensor(np.random.randint(0, 30, size=(16,)).astype(np.float32))
    return ExfilDetector(), (hist,)
