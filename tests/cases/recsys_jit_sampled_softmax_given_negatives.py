# case: @ms.jit sampled-softmax loss for a two-tower model: pre-sampled negative ids gathered from the item table, negatives that collide with the positive masked with where, logQ correction -> static
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


def _log_q(item_ids, item_freq):
    return ops.log(ops.gather(item_freq, item_ids, 0) + 1e-10)


@ms.jit
def sampled_softmax_loss(user_vec, item_table, item_freq, pos_ids, neg_ids):
    pos_vec = ops.gather(item_table, pos_ids, 0)                  # (B, D)
    neg_vec = ops.gather(item_table, neg_ids, 0)                  # (N, D)
    pos_logit = (user_vec * pos_vec).sum(-1, keepdims=True) - _log_q(pos_ids, item_freq).expand_dims(-1)
    neg_logit = ops.matmul(user_vec, neg_vec.T) - _log_q(neg_ids, item_freq).expand_dims(0)
    hit = pos_ids.expand_dims(1) == neg_ids.expand_dims(0)
    neg_logit = ops.where(hit, ops.full_like(neg_logit, -1e9), neg_logit)
    logits = ops.concat((pos_logit, neg_logit), axis=1)
    labels = ops.zeros((logits.shape[0],), ms.int32)
    return ops.cross_entropy(logits, labels)


def make():
    np.random.seed(39)
    user_vec = Tensor(np.random.randn(4, 8).astype(np.float32))
    table = Tensor(np.random.randn(30, 8).astype(np.float32))
    freq = np.random.rand(30).astype(np.float32)
    freq = Tensor(freq / freq.sum())
    pos = Tensor(np.array([1, 5, 9, 2], dtype=np.int32))
    neg = Tensor(np.array([5, 7, 11, 20, 25, 2], dtype=np.int32))
    return sampled_softmax_loss, (user_vec, table, freq, pos, neg)
