# case: encoder returns intermediate layer outputs in a dict keyed by f-string layer names built in a loop over an nn.CellList -> dict with f-string keys filled in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EncoderConfig:
    def __init__(self, hidden_size=16, num_layers=3, return_layers=(0, 2)):
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.return_layers = return_layers


class FeaturePyramidEncoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.layers = nn.CellList([nn.Dense(config.hidden_size, config.hidden_size) for _ in range(config.num_layers)])
        self.return_layers = config.return_layers

    def construct(self, hidden_states):
        features = {}
        for idx, layer in enumerate(self.layers):
            hidden_states = ops.relu(layer(hidden_states))
            if idx in self.return_layers:
                features[f"layer_{idx}"] = hidden_states
        features["last_hidden_state"] = hidden_states
        return features


def make():
    np.random.seed(33)
    h = Tensor(np.random.randn(2, 6, 16).astype(np.float32))
    return FeaturePyramidEncoder(EncoderConfig()), (h,)
