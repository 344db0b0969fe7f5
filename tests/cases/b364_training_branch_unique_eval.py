# case: memory-bank model whose training branch deduplicates patches with ops.unique and bool-mask indexing, but the cell is compiled in eval mode (set_train(False)) so only the scoring path runs -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class BankConfig:
    def __init__(self, bank_size=32, embed_dim=8, quant_step=0.5):
        self.bank_size = bank_size
        self.embed_dim = embed_dim
        self.quant_step = quant_step


def sq_dist(x, y):
    return (x * x).sum(1, keepdims=True) - 2.0 * ops.matmul(x, y.T) + (y * y).sum(1).reshape(1, -1)


class DedupMemoryBank(nn.Cell):
    def __init__(self, config: BankConfig):
        super().__init__()
        self.quant_step = config.quant_step
        self.memory_bank = Parameter(
            Tensor(np.random.randn(config.bank_size, config.embed_dim).astype(np.float32)),
            name="memory_bank", requires_grad=False)

    def _dedup(self, patches):
        codes = ops.floor(patches[:, 0] / self.quant_step).astype(ms.int32)
        uniq, _ = ops.unique(codes)
        keep = patches.abs().max(axis=1) > self.quant_step
        return patches[keep], uniq

    def construct(self, embedding):
        b, c, h, w = embedding.shape
        patches = embedding.transpose(0, 2, 3, 1).reshape(-1, c)
        if self.training:
            kept, count = self._dedup(patches)
            return kept, count
        scores = sq_dist(patches, self.memory_bank).min(axis=1)
        return scores.reshape(b, 1, h, w), scores.reshape(b, -1).max(axis=1)


def make():
    np.random.seed(3679)
    net = DedupMemoryBank(BankConfig())
    net.set_train(False)
    emb = Tensor(np.random.randn(2, 8, 4, 4).astype(np.float32))
    return net, (emb,)
