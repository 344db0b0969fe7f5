# case: DistMult loss cell that prints an f-string with the batch loss and hardest-negative score -> compile error at line 26
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DistMultBCE(nn.Cell):
    def __init__(self, num_entities=30, num_relations=5, dim=8, label_smoothing=0.1, verbose=True):
        super().__init__()
        self.ent = nn.Embedding(num_entities, dim)
        self.rel = nn.Embedding(num_relations, dim)
        self.ls = label_smoothing
        self.verbose = verbose
        self.bce = nn.BCEWithLogitsLoss()

    def smooth(self, labels):
        return labels * (1.0 - self.ls) + self.ls / labels.shape[-1]

    def construct(self, heads, rels, tail_labels):
        logits = ops.matmul(self.ent(heads) * self.rel(rels), self.ent.embedding_table.T)
        labels = self.smooth(tail_labels)
        loss = self.bce(logits, labels)
        if self.verbose:
            neg_logits = ops.where(tail_labels > 0.5, ops.full_like(logits, -1e9), logits)
            hardest = neg_logits.max()
            print(f"distmult loss={float(loss):.4f} hardest_neg={float(hardest):.3f}")
        return loss


def make():
    np.random.seed(22)
    heads = np.random.randint(0, 30, 4).astype(np.int32)
    rels = np.random.randint(0, 5, 4).astype(np.int32)
    labels = (np.random.rand(4, 30) < 0.1).astype(np.float32)
    return DistMultBCE(), (Tensor(heads), Tensor(rels), Tensor(labels))
