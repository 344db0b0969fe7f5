# case: masked residue prediction loss that multiplies a fixed-size float mask into per-token cross entropy -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ResidueLMHead(nn.Cell):
    def __init__(self, d_model=16, vocab=25):
        super().__init__()
        self.dense = nn.Dense(d_model, d_model)
        self.norm = nn.LayerNorm((d_model,))
        self.decoder = nn.Dense(d_model, vocab)

    def construct(self, hidden):
        return self.decoder(self.norm(ops.gelu(self.dense(hidden))))


class WeightedMLMLoss(nn.Cell):
    def __init__(self, d_model=16, vocab=25, label_smoothing=0.0):
        super().__init__()
        self.head = ResidueLMHead(d_model, vocab)
        self.vocab = vocab
        self.label_smoothing = label_smoothing

    def construct(self, hidden, targets, mlm_mask):
        logits = self.head(hidden)
        b, l, v = logits.shape
        per_tok = ops.cross_entropy(logits.reshape(b * l, v), targets.reshape(-1),
                                    reduction='none', label_smoothing=self.label_smoothing)
        w = mlm_mask.reshape(-1).astype(ms.float32)
        return (per_tok * w).sum() / ops.maximum(w.sum(), Tensor(1.0, ms.float32))


def make():
    np.random.seed(1)
    hidden = Tensor(np.random.randn(2, 12, 16).astype(np.float32))
    targets = Tensor(np.random.randint(0, 25, (2, 12)).astype(np.int32))
    mask = Tensor((np.random.rand(2, 12) < 0.15))
    return WeightedMLMLoss(label_smoothing=0.1), (hidden, targets, mask)
