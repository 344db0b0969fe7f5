# case: finisher ranking with ops.sort, gap to winner, and a plain print of the leading tensor when a debug flag is set -> print of tensors is supported, expect static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SortRanker(nn.Cell):
    def __init__(self, debug=True):
        super().__init__()
        self.debug = debug

    def construct(self, chip_times, gun_offsets):
        net_times = chip_times - gun_offsets
        ranked, order = ops.sort(net_times)
        if self.debug:
            print("leader net time:", ranked[0])
        gaps = ranked - ranked[0]
        places = ops.zeros_like(order)
        places = ops.tensor_scatter_update(places, order.reshape(-1, 1),
                                           ops.arange(1, order.shape[0] + 1, dtype=order.dtype))
        return places, gaps


def make():
    np.random.seed(142)
    t = np.random.normal(3.5 * 3600, 1200, 40).astype(np.float32)
    off = np.random.uniform(0, 240, 40).astype(np.float32)
    return SortRanker(), (Tensor(t), Tensor(off))
