# case: aggregation step returns a plain Python AggregationOutput object built in construct because return_dict defaults to True -> Graph mode cannot create/return a plain class instance
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AggregationOutput:
    def __init__(self, global_delta, client_weights, drift=None):
        self.global_delta = global_delta
        self.client_weights = client_weights
        self.drift = drift


class AggConfig:
    def __init__(self, return_dict=True, output_drift=True):
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
        drift = ((deltas - global_delta) ** 2).sum(axis=-1) if self.output_drift else None
        if not self.return_dict:
            return (global_delta, weights, drift)
        return AggregationOutput(global_delta, weights, drift)


def make():
    np.random.seed(21)
    agg = WeightedAggregator(AggConfig())
    deltas = Tensor(np.random.randn(6, 40).astype(np.float32))
    sizes = Tensor(np.random.randint(10, 200, size=(6,)).astype(np.float32))
    return agg, (deltas, sizes)
