# case: @ms.jit page encoder increments a module-level global page counter and uses it as a position offset -> error or counter frozen at trace time
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

PAGES_SEEN = 0


@ms.jit
def encode_page(region_feats, page_pos_table):
    global PAGES_SEEN
    PAGES_SEEN = PAGES_SEEN + 1
    pos = page_pos_table[PAGES_SEEN % page_pos_table.shape[0]]
    return region_feats + pos


def make():
    np.random.seed(20)
    feats = Tensor(np.random.randn(5, 8).astype(np.float32))
    table = Tensor(np.random.randn(4, 8).astype(np.float32))
    return encode_page, (feats, table)
