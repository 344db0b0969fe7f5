# case: LayerNorm subclass with an extra learned layout gate whose Parameter is created by a mixin helper called from __init__, used by a text+layout fusion block -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class FusionConfig:
    def __init__(self, hidden_size=32, layer_norm_eps=1e-12, gate_init=0.5, use_gate=True):
        self.hidden_size = hidden_size
        self.layer_norm_eps = layer_norm_eps
        self.gate_init = gate_init
        self.use_gate = use_gate


class GateParamMixin:
    def _create_gate(self, size, init, name):
        gate = Parameter(Tensor(np.full((size,), init, np.float32)), name=name)
        setattr(self, name, gate)
        return gate


class GatedLayerNorm(nn.LayerNorm, GateParamMixin):
    def __init__(self, config):
        super().__init__((config.hidden_size,), epsilon=config.layer_norm_eps)
        self.use_gate = config.use_gate
        self._create_gate(config.hidden_size, config.gate_init, "layout_gate")

    def construct(self, text, layout=None):
        x = text
        if layout is not None:
            g = ops.sigmoid(self.layout_gate) if self.use_gate else 1.0
            x = text + g * layout
        return super().construct(x)


def make():
    np.random.seed(35)
    text = Tensor(np.random.randn(2, 7, 32).astype(np.float32))
    layout = Tensor(np.random.randn(2, 7, 32).astype(np.float32))
    return GatedLayerNorm(FusionConfig()), (text, layout)
