# case: PatchCore eval step gathers each patch's nearest bank row for a residual map and reports bank usage as a one_hot histogram over a fixed bank size -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class PatchCoreConfig:
    bank_size = 32
    embed_dim = 16
    report_usage = True


def sq_dist(x, y):
    return (x * x).sum(1, keepdims=True) - 2.0 * ops.matmul(x, y.T) + (y * y).sum(1).reshape(1, -1)


class PatchCoreEval(nn.Cell):
    def __init__(self, config=PatchCoreConfig()):
        super().__init__()
        self.bank_size = config.bank_size
        self.report_usage = getattr(config, "report_usage", False)
        self.on = Tensor(1.0, ms.float32)
        self.off = Tensor(0.0, ms.float32)
        self.memory_bank = Parameter(
            Tensor(np.random.randn(config.bank_size, config.embed_dim).astype(np.float32)),
            name="memory_bank", requires_grad=False)

    def _usage(self, nn_idx):
        hist = ops.one_hot(nn_idx, self.bank_size, self.on, self.off).sum(axis=0)
        return (hist > 0).astype(ms.float32).mean()

    def construct(self, embedding):
        b, c, h, w = embedding.shape
        patches = embedding.transpose(0, 2, 3, 1).reshape(-1, c)
        nn_idx = sq_dist(patches, self.memory_bank).argmin(axis=1)
        nearest = ops.gather(self.memory_bank, nn_idx, 0)
        residual = ops.norm(patches - nearest, dim=1).reshape(b, 1, h, w)
        outputs = (residual.reshape(b, -1).max(axis=1), residual)
        if self.report_usage:
            outputs += (self._usage(nn_idx),)
        return outputs


def make():
    np.random.seed(3655)
    net = PatchCoreEval()
    emb = Tensor(np.random.randn(2, 16, 4, 4).astype(np.float32))
    return net, (emb,)
