# case: TransH scorer projecting entities onto relation hyperplanes with a soft orthogonality penalty -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def project_to_hyperplane(e, w):
    w = w / ops.sqrt((w * w).sum(-1, keepdims=True) + 1e-9)
    return e - (e * w).sum(-1, keepdims=True) * w


class TransH(nn.Cell):
    def __init__(self, num_entities=30, num_relations=5, dim=8, margin=2.0, ortho_weight=0.01, eps=1e-3):
        super().__init__()
        self.ent = nn.Embedding(num_entities, dim)
        self.d_r = nn.Embedding(num_relations, dim)
        self.w_r = nn.Embedding(num_relations, dim)
        self.margin = margin
        self.ortho_weight = ortho_weight
        self.eps = eps

    def dist(self, h, t, d, w):
        return ops.norm(project_to_hyperplane(h, w) + d - project_to_hyperplane(t, w), 2, -1)

    def construct(self, pos, neg):
        d = self.d_r(pos[:, 1])
        w = self.w_r(pos[:, 1])
        pos_d = self.dist(self.ent(pos[:, 0]), self.ent(pos[:, 2]), d, w)
        neg_d = self.dist(self.ent(neg[:, 0]), self.ent(neg[:, 2]), d, w)
        loss = ops.relu(self.margin + pos_d - neg_d).mean()
        ortho = (w * d).sum(-1) ** 2 / ((d * d).sum(-1) + 1e-9)
        loss = loss + self.ortho_weight * ops.relu(ortho - self.eps ** 2).mean()
        return loss


def make():
    np.random.seed(30)
    pos = np.stack([np.random.randint(0, 30, 6), np.random.randint(0, 5, 6),
                    np.random.randint(0, 30, 6)], axis=1).astype(np.int32)
    neg = pos.copy()
    neg[:, 2] = np.random.randint(0, 30, 6)
    return TransH(), (Tensor(pos), Tensor(neg))
