# case: @ms.jit function trims a padded prescription token sequence to its true length (count of non-pad tokens) before pooling -> slice end from data, dynamic or error in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

PAD_ID = 0


@ms.jit
def pooled_rx_embedding(token_ids, emb_table):
    n_real = (token_ids != PAD_ID).astype(ms.int32).sum()
    real_tokens = token_ids[:n_real]
    vecs = ops.gather(emb_table, real_tokens, 0)
    return vecs.mean(axis=0)


def make():
    np.random.seed(211)
    ids = np.zeros((20,), np.int32)
    ids[:13] = np.random.randint(1, 80, (13,))
    table = Tensor(np.random.randn(80, 16).astype(np.float32))
    return pooled_rx_embedding, (Tensor(ids), table)
