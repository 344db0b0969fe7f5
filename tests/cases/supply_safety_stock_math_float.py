# case: safety stock for one SKU computed with math.sqrt(float(lead_time)) and float(std) inside construct -> host round trip, Graph mode may error or fall back
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SingleSkuSafetyStock(nn.Cell):
    def __init__(self, z_score=1.96):
        super().__init__()
        self.z_score = z_score

    def construct(self, daily_sales, lead_time):
        sigma = float(daily_sales.std())
        lt = float(lead_time)
        safety = self.z_score * sigma * math.sqrt(lt)
        reorder_point = daily_sales.mean() * lt + safety
        return reorder_point


def make():
    np.random.seed(10)
    daily_sales = Tensor(np.random.normal(40, 6, 30).astype(np.float32))
    lead_time = Tensor(np.array(5.0, dtype=np.float32))
    return SingleSkuSafetyStock(), (daily_sales, lead_time)
