# case: Conformer encoder wrapper packs encoder_out and mask into an @ms.jit_class EncoderOutput and returns it from construct -> jit_class instance as graph output, likely rejected in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class EncoderOutput:
    def __init__(self, encoder_out, encoder_mask):
        self.encoder_out = encoder_out
        self.encoder_mask = encoder_mask


class EncoderConfig:
    input_size = 20
    output_size = 32
    num_blocks = 2


class FeedForwardBlock(nn.Dense):
    """Residual macaron-style feed-forward on top of nn.Dense."""

    def construct(self, x):
        return x + 0.5 * ops.silu(super().construct(x))


class TinyEncoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.embed = nn.Dense(config.input_size, config.output_size)
        self.blocks = nn.CellList([FeedForwardBlock(config.output_size, config.output_size)
                                   for _ in range(config.num_blocks)])

    def construct(self, xs, xs_lens):
        masks = (ops.arange(xs.shape[1]).expand_dims(0) < xs_lens.expand_dims(1)).expand_dims(1)
        x = self.embed(xs)
        for block in self.blocks:
            x = block(x)
        return EncoderOutput(x, masks)


def make():
    np.random.seed(23)
    xs = Tensor(np.random.randn(2, 16, 20).astype(np.float32))
    xs_lens = Tensor(np.array([16, 11], dtype=np.int32))
    return TinyEncoder(EncoderConfig()), (xs, xs_lens)
