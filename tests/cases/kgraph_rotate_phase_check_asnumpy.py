# case: RotatE scorer whose helper validates relation phases through .asnumpy() and NumPy -> compile error at line 19
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RotatEScore(nn.Cell):
    def __init__(self, num_entities=30, num_relations=6, dim=8, gamma=9.0, epsilon=2.0):
        super().__init__()
        self.ent_re = nn.Embedding(num_entities, dim)
        self.ent_im = nn.Embedding(num_entities, dim)
        self.rel_phase = nn.Embedding(num_relations, dim)
        self.gamma = gamma
        self.emb_range = (gamma + epsilon) / dim
        self.pi = 3.141592653589793

    def to_phase(self, rel_emb):
        phase = rel_emb / (self.emb_range / self.pi)
        if np.abs(phase.asnumpy()).max() > 10 * self.pi:
            phase = ops.clamp(phase, -self.pi, self.pi)
        return phase

    def construct(self, h, r, t):
        phase = self.to_phase(self.rel_phase(r))
        re_r, im_r = ops.cos(phase), ops.sin(phase)
        re_h, im_h = self.ent_re(h), self.ent_im(h)
        re_hr = re_h * re_r - im_h * im_r
        im_hr = re_h * im_r + im_h * re_r
        re_d = re_hr - self.ent_re(t)
        im_d = im_hr - self.ent_im(t)
        dist = ops.sqrt(re_d * re_d + im_d * im_d + 1e-9).sum(-1)
        return self.gamma - dist


def make():
    np.random.seed(11)
    h = np.random.randint(0, 30, 5).astype(np.int32)
    r = np.random.randint(0, 6, 5).astype(np.int32)
    t = np.random.randint(0, 30, 5).astype(np.int32)
    return RotatEScore(), (Tensor(h), Tensor(r), Tensor(t))
