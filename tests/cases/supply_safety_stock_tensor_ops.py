# case: safety stock and reorder point for a SKU batch computed with ops.sqrt and tensor std -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SafetyStockPolicy(nn.Cell):
    def __init__(self, z_score=1.96, review_period=7.0):
        super().__init__()
        self.z_score = z_score
        self.review_period = review_period

    def demand_stats(self, daily_sales):
        mu = daily_sales.mean(axis=1)
        sigma = daily_sales.std(axis=1)
        return mu, sigma

    def construct(self, daily_sales, lead_time):
        mu, sigma = self.demand_stats(daily_sales)
        exposure = lead_time + self.review_period
        safety = self.z_score * sigma * ops.sqrt(exposure)
        order_up_to = mu * exposure + safety
        return order_up_to, safety


def make():
    np.random.seed(11)
    daily_sales = Tensor(np.random.normal(40, 6, size=(6, 30)).astype(np.float32))
    lead_time = Tensor(np.random.randint(2, 10, 6).astype(np.float32))
    return SafetyStockPolicy(), (daily_sales, lead_time)
