# case: re-ranker scores candidate captions with a cross-encoder and orders them with Python sorted() over tensor scores -> compile error at line 30
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CrossEncoder(nn.Cell):
    def __init__(self, dim=16):
        super().__init__()
        self.fuse = nn.Dense(2 * dim, dim, activation="gelu")
        self.score = nn.Dense(dim, 1)

    def construct(self, img, cap):
        return self.score(self.fuse(ops.concat((img, cap), axis=-1))).squeeze(-1)


class CaptionReRanker(nn.Cell):
    def __init__(self, dim=16, num_candidates=4, keep=2):
        super().__init__()
        self.cross = CrossEncoder(dim)
        self.num_candidates = num_candidates
        self.keep = keep

    def construct(self, image, candidates):
        # image: (D,), candidates: (C, D)
        scored = []
        for i in range(self.num_candidates):
            s = self.cross(image.expand_dims(0), candidates[i:i + 1])
            scored.append((s[0], i))
        ranked = sorted(scored, key=lambda p: p[0], reverse=True)
        best = [candidates[i] for _, i in ranked[:self.keep]]
        return ops.stack(best)


def make():
    np.random.seed(10)
    net = CaptionReRanker()
    img = Tensor(np.random.randn(16).astype(np.float32))
    cands = Tensor(np.random.randn(4, 16).astype(np.float32))
    return net, (img, cands)
