# case: candidate-list pruning for large TSP: keep the k nearest unvisited neighbours of the current node with topk (k from config) and gather their embeddings -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CandidatePointer(nn.Cell):
    def __init__(self, embed_dim=8, num_candidates=3):
        super().__init__()
        self.k = num_candidates
        self.embed = nn.Dense(2, embed_dim)
        self.score = nn.Dense(2 * embed_dim, 1)

    def candidate_ids(self, coords, current, visited):
        b, n, _ = coords.shape
        cur_xy = ops.gather_elements(coords, 1, current.view(b, 1, 1).broadcast_to((b, 1, 2)))
        d = ((coords - cur_xy) ** 2).sum(-1)
        d = ops.where(visited, ops.full_like(d, 1e9), d)
        _, idx = ops.topk(-d, self.k)
        return idx

    def construct(self, coords, current, visited):
        h = self.embed(coords)
        b, n, e = h.shape
        cand = self.candidate_ids(coords, current, visited)
        cand_h = ops.gather_elements(h, 1, cand.expand_dims(-1).broadcast_to((b, self.k, e)))
        cur_h = ops.gather_elements(h, 1, current.view(b, 1, 1).broadcast_to((b, 1, e))).broadcast_to((b, self.k, e))
        s = self.score(ops.concat([cand_h, cur_h], -1)).squeeze(-1)
        best = ops.argmax(s, -1)
        return ops.gather_elements(cand, 1, best.view(b, 1).astype(cand.dtype)).squeeze(1)


def make():
    np.random.seed(36)
    coords = Tensor(np.random.rand(2, 8, 2).astype(np.float32))
    vis = np.zeros((2, 8), bool)
    vis[0, [0, 4]] = True
    vis[1, [2]] = True
    return CandidatePointer(), (coords, Tensor(np.array([4, 2], np.int32)), Tensor(vis))
