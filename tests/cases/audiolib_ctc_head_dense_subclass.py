# case: CTC output head built as a subclass of nn.Dense that calls super().construct and adds temperature scaling and an Optional vocabulary bias mask -> Graph mode should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CTCHeadConfig:
    def __init__(self, d_model=32, vocab_size=30, temperature=1.0, dropout_rate=0.0):
        self.d_model = d_model
        self.vocab_size = vocab_size
        self.temperature = temperature
        self.dropout_rate = dropout_rate


class ScaledDense(nn.Dense):
    def __init__(self, in_channels, out_channels, temperature=1.0, **kwargs):
        super().__init__(in_channels, out_channels, **kwargs)
        self.inv_temp = 1.0 / temperature

    def construct(self, x):
        y = super().construct(x)
        if self.inv_temp != 1.0:
            y = y * self.inv_temp
        return y


class CTCHead(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.proj = ScaledDense(config.d_model, config.vocab_size, config.temperature, has_bias=True)
        self.dropout = nn.Dropout(p=config.dropout_rate) if config.dropout_rate > 0 else nn.Identity()

    def construct(self, hs, vocab_mask=None, *args):
        logits = self.proj(self.dropout(hs))
        if vocab_mask is not None:
            logits = ops.masked_fill(logits, ops.logical_not(vocab_mask), -1e4)
        return ops.log_softmax(logits, axis=-1)


def make():
    np.random.seed(3327)
    net = CTCHead(CTCHeadConfig())
    hs = Tensor(np.random.randn(2, 15, 32).astype(np.float32))
    vocab_mask = Tensor(np.random.rand(30) > 0.1)
    return net, (hs, vocab_mask)
