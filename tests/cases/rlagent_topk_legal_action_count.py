# case: policy head keeps top-k logits where k is the number of legal actions counted from the mask tensor -> dynamic shape at line 24
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TopKPolicyHead(nn.Cell):
    def __init__(self, obs_dim=8, n_actions=6, hidden=16):
        super().__init__()
        self.body = nn.SequentialCell([nn.Dense(obs_dim, hidden), nn.ReLU()])
        self.logits = nn.Dense(hidden, n_actions)
        self.softmax = nn.Softmax(axis=-1)
        self.neg_inf = -1e9

    def _num_legal(self, legal_mask):
        # every env in the batch shares the same legal action set
        return int(legal_mask[0].sum())

    def construct(self, obs, legal_mask):
        h = self.body(obs)
        logits = self.logits(h)
        logits = ops.where(legal_mask > 0, logits, ops.ones_like(logits) * self.neg_inf)
        k = self._num_legal(legal_mask)
        top_vals, top_idx = ops.topk(logits, k)
        probs = self.softmax(top_vals)
        return probs, top_idx


def make():
    np.random.seed(0)
    obs = Tensor(np.random.randn(4, 8).astype(np.float32))
    mask = np.zeros((4, 6), np.int32)
    mask[:, :4] = 1
    return TopKPolicyHead(), (obs, Tensor(mask))
