# case: subsampling wrapper computes the output lengths on the host with xs_lens.asnumpy() and np.floor inside construct, then wraps them back into a Tensor -> .asnumpy() and NumPy on a tensor in construct, error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SubsampleConfig:
    idim = 20
    odim = 32
    rate = 2


class Conv1dSubsampling2(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.rate = config.rate
        self.conv = nn.Conv1d(config.idim, config.odim, 3, stride=config.rate, pad_mode="valid", has_bias=True)

    def compute_output_lengths(self, xs_lens):
        lens = xs_lens.asnumpy()
        out = np.floor((lens - 3) / self.rate) + 1
        return Tensor(out.astype(np.int32))

    def construct(self, xs, xs_lens):
        x = ops.relu(self.conv(xs.swapaxes(1, 2))).swapaxes(1, 2)
        olens = self.compute_output_lengths(xs_lens)
        mask = ops.arange(x.shape[1]).expand_dims(0) < olens.expand_dims(1)
        return x * mask.expand_dims(-1).astype(x.dtype), olens


def make():
    np.random.seed(32)
    xs = Tensor(np.random.randn(2, 31, 20).astype(np.float32))
    xs_lens = Tensor(np.array([31, 22], dtype=np.int32))
    return Conv1dSubsampling2(SubsampleConfig()), (xs, xs_lens)
