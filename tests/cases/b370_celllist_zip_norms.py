# case: stroke transformer encoder iterates its blocks and layer norms with enumerate(zip(CellList, CellList)), collecting hidden states only when config.output_hidden_states is set -> loops over Python-sized cell lists, expect Graph mode to compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EncoderConfig:
    def __init__(self, hidden_size=16, num_layers=3, output_hidden_states=True, layer_scale=0.5):
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.output_hidden_states = output_hidden_states
        self.layer_scale = layer_scale


class StrokeEncoderStack(nn.Cell):
    def __init__(self, config):
        super().__init__()
        h = config.hidden_size
        self.blocks = nn.CellList([nn.Dense(h, h, activation="gelu") for _ in range(config.num_layers)])
        self.norms = nn.CellList([nn.LayerNorm((h,)) for _ in range(config.num_layers)])
        self.output_hidden_states = config.output_hidden_states
        self.layer_scale = config.layer_scale

    def construct(self, hidden, pad_mask):
        all_hidden = ()
        keep = pad_mask.expand_dims(-1)
        for i, (block, norm) in enumerate(zip(self.blocks, self.norms)):
            if self.output_hidden_states:
                all_hidden = all_hidden + (hidden,)
            scale = self.layer_scale ** i
            hidden = norm(hidden + scale * block(hidden)) * keep
        return (hidden, all_hidden) if self.output_hidden_states else (hidden,)


def make():
    np.random.seed(3726)
    hidden = Tensor(np.random.randn(2, 14, 16).astype(np.float32))
    mask = np.ones((2, 14), dtype=np.float32)
    mask[1, 9:] = 0
    return StrokeEncoderStack(EncoderConfig()), (hidden, Tensor(mask))
