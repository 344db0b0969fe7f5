# case: nn.Dense subclass for the text projection calls super().construct and then returns only the real tokens via ops.masked_select with the attention mask -> masked_select, data-dependent output size
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ProjConfig:
    def __init__(self, hidden_size=32, proj_size=16, pack_tokens=True):
        self.hidden_size = hidden_size
        self.proj_size = proj_size
        self.pack_tokens = pack_tokens


class MaskedDense(nn.Dense):
    def __init__(self, config):
        super().__init__(config.hidden_size, config.proj_size)
        self.pack_tokens = getattr(config, "pack_tokens", False)
        self.proj_size = config.proj_size

    def construct(self, x, attention_mask=None):
        y = super().construct(x)
        if attention_mask is None or not self.pack_tokens:
            return y
        m = attention_mask.astype(ms.bool_).expand_dims(-1).broadcast_to(y.shape)
        return ops.masked_select(y, m).reshape(-1, self.proj_size)


def make():
    np.random.seed(27)
    x = Tensor(np.random.randn(2, 9, 32).astype(np.float32))
    mask = np.ones((2, 9), np.int32)
    mask[0, 5:] = 0
    return MaskedDense(ProjConfig()), (x, Tensor(mask))
