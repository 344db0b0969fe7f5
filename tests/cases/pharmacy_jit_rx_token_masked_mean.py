# case: @ms.jit function pools a padded prescription token sequence with a pad mask multiplied in, no trimming -> static graph compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

PAD_ID = 0


def pad_mask(token_ids):
    return (token_ids != PAD_ID).astype(ms.float32)


@ms.jit
def pooled_rx_embedding(token_ids, emb_table):
    mask = pad_mask(token_ids)
    vecs = ops.gather(emb_table, token_ids, 0)
    summed = (vecs * mask.expand_dims(-1)).sum(axis=1)
    count = ops.maximum(mask.sum(axis=1, keepdims=True), 1.0)
    return summed / count


def make():
    np.random.seed(212)
    ids = np.zeros((3, 20), np.int32)
    for r, n in enumerate((13, 7, 20)):
        ids[r, :n] = np.random.randint(1, 80, (n,))
    table = Tensor(np.random.randn(80, 16).astype(np.float32))
    return pooled_rx_embedding, (Tensor(ids), table)
