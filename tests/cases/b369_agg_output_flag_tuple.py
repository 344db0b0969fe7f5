# case: aggregation step with return_dict defaulting to False returns a tuple whose length depends on output_drift; the AggregationOutput class branch is never taken with this config -> static graph compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AggregationOutput:
    def __init__(self, global_delta, drift=None):
        self.global_delta = global_delta
        self.drift = drift


class AggConfig:
    def __init__(self, return_dict=False, output_drift=True):
        self.return_dict = return_dict
        self.output_drift = output_drift


class WeightedAggregator(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.return_dict = config.return_dict
        self.output_drift = config.output_drift

    def construct(self, deltas, sizes):
        weights = sizes / sizes.sum()
        global_delta = (deltas * weights.expand_dims(-1)).sum(axis=0)
        drift = ((deltas - global_delta) ** 2).sum(axis=-1)
        if self.return_dict:
            return AggregationOutput(global_delta, drift)
        outputs = (global_delta,) + (drift,) if self.output_drift else (global_delta,)
        return outputs


def make():
    np.random.seed(22)
    agg = WeightedAggregator(AggConfig())
    deltas = Tensor(np.random.randn(6, 40).astype(np.float32))
    sizes = Tensor(np.random.randint(10, 200, size=(6,)).astype(np.float32))
    return agg, (deltas, sizes)
