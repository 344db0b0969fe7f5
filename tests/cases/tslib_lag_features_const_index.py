# case: GluonTS-style lagged-feature builder gathering past values at lags from config.lags_sequence with an index tensor made in __init__ (looks like data-driven indexing, is a constant) -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

DEFAULT_LAGS = (1, 2, 3, 7, 14)


class LagConfig:
    def __init__(self, context_length=16, lags_sequence=None, scaling=True):
        self.context_length = context_length
        self.lags_sequence = list(lags_sequence) if lags_sequence is not None else list(DEFAULT_LAGS)
        self.scaling = scaling


class LaggedSubsequences(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.context_length = config.context_length
        self.scaling = config.scaling
        self.max_lag = max(config.lags_sequence)
        self.n_lags = len(config.lags_sequence)
        hist = config.context_length + self.max_lag
        idx = np.array([[hist - lag - config.context_length + t for lag in config.lags_sequence]
                        for t in range(config.context_length)], dtype=np.int32)
        self.lag_index = Tensor(idx.reshape(-1))

    def construct(self, past_values):
        # past_values: [batch, context_length + max_lag]
        if self.scaling:
            scale = ops.abs(past_values).mean(axis=1, keep_dims=True) + 1e-5
            past_values = past_values / scale
        if past_values.shape[1] < self.context_length + self.max_lag:
            raise ValueError("history too short for the configured lags")
        lagged = ops.gather(past_values, self.lag_index, axis=1)
        return lagged.reshape(past_values.shape[0], self.context_length, self.n_lags)


def make():
    np.random.seed(3446)
    x = Tensor(np.random.randn(4, 30).astype(np.float32))
    return LaggedSubsequences(LagConfig()), (x,)
