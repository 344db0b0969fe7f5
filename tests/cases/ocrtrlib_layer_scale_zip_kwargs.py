# case: LayoutLMv3-style encoder zips an nn.CellList of layers with per-layer scale constants from the config and forwards **kwargs (attention_mask, rel_pos) to each layer -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EncoderConfig:
    def __init__(self, hidden_size=32, num_layers=3, layer_scales=(1.0, 0.5, 0.25)):
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.layer_scales = layer_scales


class AttnLayer(nn.Cell):
    def __init__(self, hidden):
        super().__init__()
        self.qkv = nn.Dense(hidden, 3 * hidden)
        self.scale = hidden ** -0.5

    def construct(self, x, attention_mask=None, rel_pos=None):
        q, k, v = ops.chunk(self.qkv(x), 3, axis=-1)
        scores = ops.bmm(q, k.swapaxes(1, 2)) * self.scale
        if rel_pos is not None:
            scores = scores + rel_pos
        if attention_mask is not None:
            scores = scores + (1.0 - attention_mask.expand_dims(1)) * -1e4
        return ops.bmm(ops.softmax(scores, axis=-1), v)


class ScaledEncoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.layers = nn.CellList([AttnLayer(config.hidden_size) for _ in range(config.num_layers)])
        self.layer_scales = config.layer_scales

    def _run_layers(self, x, *args, **kwargs):
        for i, (layer, gamma) in enumerate(zip(self.layers, self.layer_scales)):
            x = x + gamma * layer(x, *args, **kwargs)
        return x

    def construct(self, hidden_states, attention_mask, rel_pos):
        return self._run_layers(hidden_states, attention_mask=attention_mask, rel_pos=rel_pos)


def make():
    np.random.seed(38)
    h = Tensor(np.random.randn(2, 8, 32).astype(np.float32))
    mask = np.ones((2, 8), np.float32)
    mask[1, 6:] = 0
    rel = Tensor(np.random.randn(2, 8, 8).astype(np.float32) * 0.1)
    return ScaledEncoder(EncoderConfig()), (h, Tensor(mask), rel)
