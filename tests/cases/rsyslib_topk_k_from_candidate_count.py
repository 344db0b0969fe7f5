# case: sampled-candidate ranking takes the top-k where k is the smallest number of non-pad candidates in the batch, read with .item() in a helper -> k from tensor data, Graph mode should reject or go dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

PAD_ID = 0
DEFAULT_TOP_K = 5


def usable_k(candidates, cap):
    n = (candidates != PAD_ID).astype(ms.int32).sum(axis=1).min().item()
    return min(n, cap)


class CandidateRanker(nn.Cell):
    def __init__(self, n_items, hidden, top_k=None):
        super().__init__()
        self.item_emb = nn.Embedding(n_items + 1, hidden, padding_idx=PAD_ID)
        self.top_k = DEFAULT_TOP_K if top_k is None else top_k

    def construct(self, user_state, candidates):
        cand_vec = self.item_emb(candidates)
        scores = (cand_vec * user_state.expand_dims(1)).sum(-1)
        scores = ops.masked_fill(scores, candidates == PAD_ID, -1e9)
        k = usable_k(candidates, self.top_k)
        _, order = ops.topk(scores, k)
        return ops.gather_elements(candidates, 1, order)


def make():
    np.random.seed(3579)
    cands = np.random.randint(1, 50, size=(3, 8)).astype(np.int32)
    cands[1, 5:] = PAD_ID
    state = np.random.randn(3, 12).astype(np.float32)
    return CandidateRanker(49, 12), (Tensor(state), Tensor(cands))
