# case: jit function that builds padding-aware position ids with cumsum over the non-pad mask and adds sinusoidal position encodings -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

PAD_IDX = 1


def sinusoid_table(max_pos, dim):
    pos = np.arange(max_pos)[:, None]
    i = np.arange(dim)[None, :]
    angle = pos / np.power(10000, (2 * (i // 2)) / dim)
    table = np.where(i % 2 == 0, np.sin(angle), np.cos(angle)).astype(np.float32)
    table[PAD_IDX] = 0.0
    return Tensor(table)


POS_TABLE = sinusoid_table(64, 8)


@ms.jit
def add_positions(tokens, token_emb):
    not_pad = (tokens != PAD_IDX).astype(ms.int32)
    positions = ops.cumsum(not_pad, axis=1) * not_pad + PAD_IDX
    pos_emb = ops.gather(POS_TABLE, positions, 0)
    return token_emb + pos_emb


def make():
    np.random.seed(39)
    tokens = np.random.randint(4, 24, (3, 12)).astype(np.int32)
    tokens[0, 9:] = PAD_IDX
    tokens[2, 5:] = PAD_IDX
    emb = np.random.randn(3, 12, 8).astype(np.float32)
    return add_positions, (Tensor(tokens), Tensor(emb))
