# case: demand forecast with an optional promotion calendar tested with `is None` and a Python bool seasonality flag -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PromoAwareForecast(nn.Cell):
    def __init__(self, num_skus=6, season_len=7, use_seasonality=True, promo_uplift=0.35):
        super().__init__()
        self.season_len = season_len
        self.use_seasonality = use_seasonality
        self.promo_uplift = promo_uplift
        self.base = nn.Dense(season_len, 1)

    def seasonal_index(self, history):
        n_skus, n_days = history.shape
        cycles = history.reshape(n_skus, n_days // self.season_len, self.season_len)
        profile = cycles.mean(axis=1)
        return profile / ops.maximum(profile.mean(axis=1, keep_dims=True), 1e-3)

    def construct(self, history, promo=None):
        recent = history[:, -self.season_len:]
        level = self.base(recent).squeeze(1)
        forecast = level.expand_dims(1) * ops.ones((1, self.season_len), ms.float32)
        if self.use_seasonality:
            forecast = forecast * self.seasonal_index(history)
        if promo is not None:
            forecast = forecast * (1.0 + self.promo_uplift * promo)
        return forecast


def make():
    np.random.seed(37)
    history = Tensor(np.random.poisson(30, size=(6, 28)).astype(np.float32))
    promo = Tensor((np.random.rand(6, 7) > 0.8).astype(np.float32))
    return PromoAwareForecast(), (history, promo)
