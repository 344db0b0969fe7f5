# case: PatchCore eval step also reports memory-bank coverage, counting distinct nearest-neighbour indices with ops.unique -> unique output length depends on data, expect dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class PatchCoreConfig:
    bank_size = 32
    embed_dim = 16
    report_coverage = True


def sq_dist(x, y):
    return (x * x).sum(1, keepdims=True) - 2.0 * ops.matmul(x, y.T) + (y * y).sum(1).reshape(1, -1)


class PatchCoreEval(nn.Cell):
    def __init__(self, config=PatchCoreConfig()):
        super().__init__()
        self.bank_size = config.bank_size
        self.report_coverage = getattr(config, "report_coverage", False)
        self.memory_bank = Parameter(
            Tensor(np.random.randn(config.bank_size, config.embed_dim).astype(np.float32)),
            name="memory_bank", requires_grad=False)

    def _coverage(self, nn_idx):
        used, _ = ops.unique(nn_idx)
        return ops.scalar_to_tensor(used.shape[0] / self.bank_size, ms.float32)

    def construct(self, embedding):
        b, c, h, w = embedding.shape
        patches = embedding.transpose(0, 2, 3, 1).reshape(-1, c)
        dist = sq_dist(patches, self.memory_bank)
        nn_idx = dist.argmin(axis=1)
        scores = dist.min(axis=1).reshape(b, h * w)
        outputs = (scores.max(axis=1), scores.reshape(b, 1, h, w))
        if self.report_coverage:
            outputs += (self._coverage(nn_idx),)
        return outputs


def make():
    np.random.seed(3654)
    net = PatchCoreEval()
    emb = Tensor(np.random.randn(2, 16, 4, 4).astype(np.float32))
    return net, (emb,)
