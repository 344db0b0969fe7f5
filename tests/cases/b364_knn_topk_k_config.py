# case: PatchCore scorer with an Optional python-int neighbour override left as None, k read from config and clipped with min() -> static
from typing import Optional
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter

DEFAULT_NEIGHBORS = 9


class PatchCoreConfig:
    def __init__(self, embed_dim=32, bank_size=48, num_neighbors=DEFAULT_NEIGHBORS, return_dict=False):
        self.embed_dim = embed_dim
        self.bank_size = bank_size
        self.num_neighbors = num_neighbors
        self.return_dict = return_dict


def pairwise_sq_dist(x, y):
    xx = (x * x).sum(axis=1, keepdims=True)
    yy = (y * y).sum(axis=1).reshape(1, -1)
    return xx - 2.0 * ops.matmul(x, y.T) + yy


class PatchCoreScorer(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.num_neighbors = getattr(config, "num_neighbors", DEFAULT_NEIGHBORS)
        self.bank_size = config.bank_size
        self.return_dict = config.return_dict
        self._build_bank(config)

    def _build_bank(self, config):
        bank = np.random.randn(config.bank_size, config.embed_dim).astype(np.float32)
        self.memory_bank = Parameter(Tensor(bank), name="memory_bank", requires_grad=False)

    def construct(self, features, num_neighbors: Optional[int] = None):
        b, c, h, w = features.shape
        k = self.num_neighbors if num_neighbors is None else num_neighbors
        k = min(k, self.bank_size)
        patches = features.transpose(0, 2, 3, 1).reshape(-1, c)
        dist = pairwise_sq_dist(patches, self.memory_bank)
        neg, _ = ops.topk(-dist, k)
        patch_scores = ops.sqrt(ops.relu(-neg)).mean(axis=1).reshape(b, h, w)
        image_scores = patch_scores.reshape(b, -1).max(axis=1)
        if self.return_dict:
            return {"pred_score": image_scores, "anomaly_map": patch_scores}
        return image_scores, patch_scores


def make():
    np.random.seed(3642)
    net = PatchCoreScorer(PatchCoreConfig())
    feats = Tensor(np.random.randn(2, 32, 6, 6).astype(np.float32))
    return net, (feats,)
