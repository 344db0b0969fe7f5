# case: RotatE with self-adversarial negative weighting over fixed-size negative batches -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RotatESelfAdversarial(nn.Cell):
    def __init__(self, num_entities=30, num_relations=6, dim=8, gamma=9.0, adv_temperature=1.0,
                 adversarial=True):
        super().__init__()
        self.ent = nn.Embedding(num_entities, 2 * dim)
        self.rel = nn.Embedding(num_relations, dim)
        self.dim = dim
        self.gamma = gamma
        self.phase_scale = 3.141592653589793 / ((gamma + 2.0) / dim)
        self.adv_temperature = adv_temperature
        self.adversarial = adversarial

    def rotate(self, head, rel, tail):
        re_h, im_h = ops.split(head, self.dim, axis=-1)
        re_t, im_t = ops.split(tail, self.dim, axis=-1)
        phase = rel * self.phase_scale
        re_r, im_r = ops.cos(phase), ops.sin(phase)
        re = re_h * re_r - im_h * im_r - re_t
        im = re_h * im_r + im_h * re_r - im_t
        return self.gamma - ops.sqrt(re * re + im * im + 1e-9).sum(-1)

    def construct(self, pos, neg_tails):
        h = self.ent(pos[:, 0]).expand_dims(1)
        r = self.rel(pos[:, 1]).expand_dims(1)
        pos_score = self.rotate(h, r, self.ent(pos[:, 2]).expand_dims(1)).squeeze(1)
        neg_score = self.rotate(h, r, self.ent(neg_tails))
        if self.adversarial:
            w = ops.stop_gradient(ops.softmax(neg_score * self.adv_temperature, axis=1))
            neg_loss = (w * ops.log(ops.sigmoid(-neg_score))).sum(1)
        else:
            neg_loss = ops.log(ops.sigmoid(-neg_score)).mean(1)
        pos_loss = ops.log(ops.sigmoid(pos_score))
        return -(pos_loss + neg_loss).mean() / 2


def make():
    np.random.seed(12)
    pos = np.stack([np.random.randint(0, 30, 4), np.random.randint(0, 6, 4),
                    np.random.randint(0, 30, 4)], axis=1).astype(np.int32)
    neg = np.random.randint(0, 30, (4, 5)).astype(np.int32)
    return RotatESelfAdversarial(), (Tensor(pos), Tensor(neg))
