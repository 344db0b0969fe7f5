# case: gather the embedding of the most contaminated rind patch using argmax indices and ops.gather -> index tensor from data but fixed output shape, fine in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WorstPatch(nn.Cell):
    def __init__(self, feat_dim=12):
        super().__init__()
        self.embed = nn.Dense(feat_dim, 8)
        self.score = nn.Dense(8, 1)

    def construct(self, patch_feats, contamination_prob):
        # patch_feats: (wheels, patches, feat), contamination_prob: (wheels, patches)
        emb = ops.relu(self.embed(patch_feats))
        worst = ops.argmax(contamination_prob, dim=1)
        picked = ops.gather_elements(emb, 1, worst.reshape(-1, 1, 1).broadcast_to((emb.shape[0], 1, emb.shape[2])))
        return self.score(picked.squeeze(1))


def make():
    np.random.seed(3231)
    feats = np.random.rand(3, 16, 12).astype(np.float32)
    prob = np.random.rand(3, 16).astype(np.float32)
    return WorstPatch(), (Tensor(feats), Tensor(prob))
