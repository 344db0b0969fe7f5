# case: @ms.jit BPR pairwise loss with L2 regularisation, constants at module level and the batch size taken from shape -> static, Graph mode compiles
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

REG_WEIGHT = 1e-4
EPS = 1e-10


def _l2(*tensors):
    return sum((t ** 2).sum() for t in tensors) / 2.0


@ms.jit
def bpr_loss(user_emb, pos_emb, neg_emb):
    pos_scores = (user_emb * pos_emb).sum(-1)
    neg_scores = (user_emb * neg_emb).sum(-1)
    loss = -ops.log(ops.sigmoid(pos_scores - neg_scores) + EPS).mean()
    reg = _l2(user_emb, pos_emb, neg_emb) / user_emb.shape[0]
    return loss + REG_WEIGHT * reg


def make():
    np.random.seed(3932)
    u = Tensor(np.random.randn(16, 8).astype(np.float32))
    p = Tensor(np.random.randn(16, 8).astype(np.float32))
    n = Tensor(np.random.randn(16, 8).astype(np.float32))
    return bpr_loss, (u, p, n)
