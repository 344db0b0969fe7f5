# case: encoder block whose config leaves debug=True prints an f-string with float() of the activation peak and the per-utterance lengths list after each layer -> Python builtins on tensor values in construct, error or fallback in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EncoderConfig:
    def __init__(self, d_model=32, num_blocks=2, debug=True):
        self.d_model = d_model
        self.num_blocks = num_blocks
        self.debug = debug


class LayerNormNoBias(nn.LayerNorm):
    def __init__(self, dim, eps=1e-5):
        super().__init__((dim,), epsilon=eps)
        self.beta.requires_grad = False


class ConformerLite(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.layers = nn.CellList([nn.Dense(config.d_model, config.d_model) for _ in range(config.num_blocks)])
        self.norms = nn.CellList([LayerNormNoBias(config.d_model) for _ in range(config.num_blocks)])
        self.debug = getattr(config, "debug", False)

    def _log_layer(self, idx, x, lens):
        peak = float(x.abs().max())
        print(f"layer {idx}: peak={peak:.3f} lens={lens.asnumpy().tolist()}")

    def construct(self, x, lens):
        for idx, (layer, norm) in enumerate(zip(self.layers, self.norms)):
            x = x + ops.silu(layer(norm(x)))
            if self.debug:
                self._log_layer(idx, x, lens)
        return x


def make():
    np.random.seed(33)
    x = Tensor(np.random.randn(2, 10, 32).astype(np.float32))
    lens = Tensor(np.array([10, 7], dtype=np.int32))
    return ConformerLite(EncoderConfig()), (x, lens)
