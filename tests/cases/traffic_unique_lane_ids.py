# case: counts distinct lanes occupied in a frame with ops.unique over lane ids and embeds them -> dynamic shape from unique
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LaneOccupancyEmbed(nn.Cell):
    def __init__(self, num_lanes=6, dim=4):
        super().__init__()
        self.lane_embed = nn.Embedding(num_lanes, dim)

    def construct(self, lane_ids):
        lanes, _ = ops.unique(lane_ids)
        emb = self.lane_embed(lanes)
        return emb.sum(axis=0)


def make():
    np.random.seed(6)
    lane_ids = Tensor(np.random.randint(0, 6, size=(15,)).astype(np.int32))
    return LaneOccupancyEmbed(), (lane_ids,)
